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
 * Sockets with Nagle's algorithm off, as the Java client opens them (kafkajs leaves it on): each request
 * is written whole, so there is nothing to coalesce, only a request to hold back behind an earlier one
 * not yet acknowledged. Keep-alive as kafkajs's own factory sets it.
 */
const socketWithoutDelay: ISocketFactory = ({ host, port, onConnect }) =>
  connect({ host, port, noDelay: true, keepAlive: true, keepAliveInitialDelay: 60_000 }, onConnect);

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
