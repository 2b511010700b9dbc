import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExtractSet } from '@inclusion-dashboard/core';
import { errorDetail, type InclusionErrorDetail } from '@inclusion-dashboard/core';

/** What a load gives: the model, and the extracts it came from (to look for figures set aside), if any. */
export interface Loaded<M> {
  model: M;
  set: ExtractSet | null;
}

export interface LoadOptions<M> {
  /** Whether the attributes ask for anything yet. */
  ready(): boolean;
  /** Fetches and computes; must stop when `signal` aborts. */
  fetch(signal: AbortSignal): Promise<Loaded<M>>;
  /** A warning for figures left out of `set` because they cannot be right, or null; it takes turns in the queue. */
  setAside(model: M, set: ExtractSet): Promise<InclusionErrorDetail | null>;
  /** What the element asked for, to word an error. */
  context(): { indicator?: string; area?: string; period?: string };
  /** A new model is shown (not called for an error). */
  loaded(model: M): void;
}

/**
 * Loading, with abort and stale-result protection: each load aborts the one before, and only the latest may set
 * the model, the warning or the error. Off the page the wait stops (a download others share carries on) and it
 * loads again when put back. Every failure ends in the error state with one `inclusion-error`.
 */
export class LoadController<M> implements ReactiveController {
  model: M | null = null;
  /** The extracts the model came from (for the CSV of its published figures); null for a model computed elsewhere. */
  extracts: ExtractSet | null = null;
  error: InclusionErrorDetail | null = null;
  /** Figures left out because they cannot be right: shown above the chart, which is still drawn. */
  warning: InclusionErrorDetail | null = null;
  loading = false;
  private request = 0;
  private controller: AbortController | null = null;
  private reloadOnConnect = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly opts: LoadOptions<M>) {
    host.addController(this);
  }

  /** What the load started ahead of the host's first update asked for, until that update has looked. */
  private early: string | null = null;

  /** Loads ahead of the host's first update, for what `key` says the attributes ask for; once. */
  loadEarly(key: string): void {
    if (this.early !== null) return;
    this.early = key;
    void this.load();
  }

  /** For an update whose attributes choose new data: loads, unless the early load asked for this `key`. */
  changed(key: string | null): void {
    const early = this.early;
    this.early = null;
    if (key === null || early !== key) void this.load();
  }

  hostConnected(): void {
    if (!this.reloadOnConnect) return;
    this.reloadOnConnect = false;
    void this.load();
  }

  hostDisconnected(): void {
    if (!this.controller) return;
    this.request++;
    this.controller.abort();
    this.controller = null;
    this.set({ loading: false });
    this.reloadOnConnect = true;
  }

  /** Ends in the error state (a draw that failed after the load), with one `inclusion-error`. */
  fail(e: unknown, context = this.opts.context()): void {
    this.set({ model: null, extracts: null, error: errorDetail(e, context) });
    this.emit('inclusion-error', this.error);
  }

  async load(): Promise<void> {
    const id = ++this.request;
    const previous = this.controller;
    this.controller = null;
    this.set({ error: null, warning: null });
    if (!this.opts.ready()) {
      previous?.abort();
      this.set({ model: null, extracts: null, loading: false });
      return;
    }
    const controller = (this.controller = new AbortController());
    this.set({ loading: true });
    try {
      const pending = this.opts.fetch(controller.signal);
      // Only now stop the previous wait: the new request has joined any download the two share.
      previous?.abort();
      const { model, set } = await pending;
      if (id !== this.request) return;
      const warning = set ? await this.opts.setAside(model, set) : null;
      if (id !== this.request) return;
      this.set({ model, extracts: set, warning });
      this.opts.loaded(model);
      if (warning) this.emit('inclusion-warning', warning);
    } catch (e) {
      previous?.abort();
      if (id !== this.request) return;
      this.fail(e);
    } finally {
      if (id === this.request) {
        this.set({ loading: false });
        this.controller = null;
      }
    }
  }

  private set(s: Partial<Pick<LoadController<M>, 'model' | 'extracts' | 'error' | 'warning' | 'loading'>>): void {
    Object.assign(this, s);
    this.host.requestUpdate();
  }

  private emit(type: string, detail: InclusionErrorDetail | null): void {
    this.host.dispatchEvent(new CustomEvent<InclusionErrorDetail | null>(type, { bubbles: true, composed: true, detail }));
  }
}
