import baseConfig, { allowKafkajs } from '../../eslint.config.mjs';

export default [...baseConfig, allowKafkajs];
