-- Runs once, when the data volume is first initialised: one database per service.
CREATE DATABASE accord_capture;
CREATE DATABASE accord_enrichment;
CREATE DATABASE accord_scoring;
CREATE DATABASE accord_hand_off;
CREATE DATABASE accord_rewards;
