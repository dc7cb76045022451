import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { gauge } from '@accord/telemetry';
import { RewardsConfig } from '../../config/rewards-config';
import { ComputeKpisUsecase } from './compute-kpis.usecase';
import { KpiRow } from './domain/kpi-summary';

const stageGauge = gauge('rewards_kpi_funnel', 'Leads captured this UTC month (test leads excluded) that reached each stage', ['stage']);
const rateGauge = gauge('rewards_kpi_rate', "This UTC month's capture cohort: conversion, SLA adherence, acceptance and win rates (0..1)", ['kpi']);
const speedGauge = gauge('rewards_kpi_speed_to_lead_seconds', "Average seconds from capture to first accept for this UTC month's leads");
const revenueGauge = gauge('rewards_kpi_revenue_minor', "This UTC month's won and attributed (linear) revenue in minor units", ['kind', 'currency']);

/** Keeps the shared scoreboard on /metrics for dashboards and alerts, recomputed on a timer. */
@Injectable()
export class RefreshKpiGaugesUsecase implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly logger = new Logger('kpi-gauges');

  constructor(
    private readonly kpis: ComputeKpisUsecase,
    @Inject(SERVICE_CONFIG) private readonly config: RewardsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.refresh(), this.config.KPI_METRICS_REFRESH_MS);
    this.timer.unref();
    void this.refresh();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async refresh(now = new Date()): Promise<void> {
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    try {
      const [row] = await this.kpis.rows({ period: 'month', groupBy: 'none', from, to, model: 'linear' });
      this.publish(row);
    } catch (error) {
      this.logger.warn(`KPI gauges not refreshed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private publish(row: KpiRow | undefined): void {
    stageGauge.reset();
    rateGauge.reset();
    revenueGauge.reset();
    speedGauge.reset();
    if (!row) return;
    for (const [stage, count] of Object.entries(row.counts)) stageGauge.set({ stage }, count);
    const rates = { ...row.conversion, slaAdherence: row.slaAdherence, acceptanceRate: row.acceptanceRate, winRate: row.winRate };
    for (const [kpi, value] of Object.entries(rates)) if (value !== null) rateGauge.set({ kpi }, value);
    if (row.speedToLeadAverageSeconds !== null) speedGauge.set(row.speedToLeadAverageSeconds);
    for (const money of row.wonRevenue) revenueGauge.set({ kind: 'won', currency: money.currency }, money.amountMinor);
    for (const money of row.attributedRevenue) revenueGauge.set({ kind: 'attributed', currency: money.currency }, money.amountMinor);
  }
}
