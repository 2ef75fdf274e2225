import type { Summary } from '../stats';

/** One printed row: a measurement at one size, with its floor and budget when it has them. */
export interface Row {
  section: string;
  name: string;
  size?: string;
  unit: 'ms' | 'records/s' | 'bytes' | 'count';
  value?: Summary;
  /** Scalar figures (sizes) that are measured once: deterministic. */
  scalar?: number;
  floor?: { name: string; value: Summary };
  /** median / floor median */
  ratio?: number;
  /** Set by budgets.ts `judge`: the budget this row answers to and its verdict in this run. */
  budget?: { id: string; text: string; pass: boolean; state: 'MET' | 'MISSED' | 'NO FLOOR' | 'NOT MEASURED' };
  note?: string;
  /** Why there is no number. */
  missing?: string;
  error?: string;
}

export interface Config {
  runs: number;
  warmup: number;
  extensionDir: string;
  quick: boolean;
  /** Parts of the library section to run (`--parts=panel,search,import,capture,bulk`); all when absent. */
  parts?: string[];
}
