import { connect } from 'node:net';
import { ISocketFactory, Kafka, logLevel, LogEntry } from 'kafkajs';
import { MessagingLogger } from '../messaging-logger';

export interface KafkaConnectionOptions {
  brokers: string[];
  clientId: string;
  logger: MessagingLogger;
}

function kafkaLogWriter(logger: MessagingLogger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...context } = log;
      const entry = { ...context, component: 'kafkajs' };
      if (level === logLevel.ERROR) logger.error(entry, message);
      else if (level === logLevel.WARN) logger.warn(entry, message);
      else if (level === logLevel.INFO) logger.info(entry, message);
      else logger.debug(entry, message);
    };
}

/**
 * kafkajs's own sockets leave Nagle's algorithm on: a request written while an earlier one on the same
 * connection is not yet acknowledged (a consumer's long-polling fetch, say) waits for that ACK, which
 * the broker may delay by tens of milliseconds. Each request is one write, so there is nothing to coalesce.
 */
const socketWithoutDelay: ISocketFactory = ({ host, port, onConnect }) => {
  const socket = connect({ host, port, noDelay: true, keepAlive: true, keepAliveInitialDelay: 60_000 }, onConnect);
  return socket;
};

export function createKafkaConnection({ brokers, clientId, logger }: KafkaConnectionOptions): Kafka {
  return new Kafka({
    clientId,
    brokers,
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10_000 },
    logLevel: logLevel.WARN,
    logCreator: kafkaLogWriter(logger),
    socketFactory: socketWithoutDelay,
  });
}
