import pg from 'pg';
import { isBuiltInTypeUnknownToAdapter, TEXT_OID } from './adapter-column-types.mjs';

function keepRawText(value) {
  return value;
}

function withRawTextParsing(queryConfig) {
  if (
    queryConfig === null ||
    typeof queryConfig !== 'object' ||
    typeof queryConfig.submit === 'function'
  ) {
    return queryConfig;
  }
  const getTypeParser = queryConfig.types?.getTypeParser ?? pg.types.getTypeParser;
  return {
    ...queryConfig,
    types: {
      getTypeParser: (oid, format) =>
        isBuiltInTypeUnknownToAdapter(oid) ? keepRawText : getTypeParser(oid, format),
    },
  };
}

function relabelAsText(result) {
  for (const field of result?.fields ?? []) {
    if (isBuiltInTypeUnknownToAdapter(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

// pg-pool calls Client#query with a callback while the adapter awaits the promise form on
// checked-out clients, so both shapes are relabeled.
export class TextRelabelingClient extends pg.Client {
  query(config, values, callback) {
    const rawConfig = withRawTextParsing(config);
    const done = [values, callback].find((arg) => typeof arg === 'function');
    if (done) {
      const relabelingDone = (error, result) => done(error, error ? result : relabelAsText(result));
      return typeof values === 'function'
        ? super.query(rawConfig, relabelingDone)
        : super.query(rawConfig, values, relabelingDone);
    }
    const pending = super.query(rawConfig, values);
    return typeof pending?.then === 'function' ? pending.then(relabelAsText) : pending;
  }
}
