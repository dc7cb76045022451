// Type oids that @prisma/adapter-pg 6.19 maps to a column type itself. Any other built-in
// type (oid below 16384) makes it throw "could not be deserialized", although the schema
// engine reads such columns (name, char, regproc…) only as text.
const FIRST_USER_DEFINED_OID = 16384;
export const TEXT_OID = 25;

const ADAPTER_KNOWN_SCALAR_OIDS = [
  16, 17, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184,
  1266, 1560, 1562, 1700, 2950, 3802,
];
const ADAPTER_KNOWN_ARRAY_OIDS = [
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041,
  1115, 1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
];
const ADAPTER_KNOWN_OIDS = new Set([...ADAPTER_KNOWN_SCALAR_OIDS, ...ADAPTER_KNOWN_ARRAY_OIDS]);

export function isBuiltInTypeUnknownToAdapter(oid) {
  return oid < FIRST_USER_DEFINED_OID && !ADAPTER_KNOWN_OIDS.has(oid);
}
