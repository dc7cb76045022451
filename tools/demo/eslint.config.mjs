import baseConfig, { allowKafkajs } from '../../eslint.config.mjs';

// The demo plays the CRM, an outside system that reports opportunity outcomes on their Kafka topic.
export default [...baseConfig, allowKafkajs];
