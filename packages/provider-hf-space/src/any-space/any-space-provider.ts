import { AsyncGeneratorProvider, ProviderModelMixin, sharedState, type CallOptions, type Messages, type StreamPart } from '@g4f/core';
import type { CallScope } from '../gradio/call-scope.js';
import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { hubFor } from '../hub/hub-settings.js';
import { wakesOn } from '../hub/wake-on-unavailable.js';
import type { SpaceSettings } from '../space-settings.js';
import { anySpaceDefinition, settingInputs } from './any-space-definition.js';
import { chooseEndpoint } from './choose-endpoint.js';
import { describeEndpoints } from './describe-endpoints.js';
import type { EndpointPlan } from './endpoint-plan.js';
import { readSpaceDescription } from './read-space-description.js';
import type { SpaceDescription } from './space-description.js';
import { parseSpaceModelName, spaceHost, type SpaceModelName } from './space-model-name.js';
import { formatEndpoint, UnmappableSpaceError } from './unmappable-space-error.js';

// As a named Space's call: five minutes in all.
const DEFAULT_TIMEOUT_MS = 300_000;

/**
 * Any Gradio chat or image Space by its id, `space:owner/name` (or `space:owner/name/endpoint`):
 * a provider whose name and only model are that name. What the Space takes and gives is learned
 * at the first call from its `/config` and `/info` (kept five minutes), so until then it counts
 * as taking images and drawing; a call it cannot serve is refused before anything is sent.
 */
export class AnySpaceProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  /** The Space and endpoint the name gives. */
  readonly target: SpaceModelName;

  /** Throws InvalidRequestError for a name that is not `space:owner/name[/endpoint]`. */
  constructor(
    modelName: string,
    /** Where and how to reach the Space: `baseUrl`, `apiKey`, `proxy`, timeouts. */
    readonly settings: SpaceSettings = {},
  ) {
    const name = modelName.trim();
    const target = parseSpaceModelName(name);
    super({
      name,
      label: `Space ${target.space}`,
      url: (settings.baseUrl ?? spaceHost(target.space)).replace(/\/+$/, ''),
      defaultModel: name,
      visionModels: [name],
      imageModels: [name],
    });
    this.target = target;
  }

  /** The same Space with other settings: a local copy at `baseUrl`, a token, a proxy. */
  withSettings(settings: SpaceSettings): AnySpaceProvider {
    return new AnySpaceProvider(this.name, { ...this.settings, ...settings });
  }

  /**
   * How a call maps onto the Space: the endpoint chosen and what each input gets; throws
   * UnmappableSpaceError. Users see it through inspectSpace, whose answer is the public shape.
   * @internal
   */
  async plan(options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal' | 'sharedState'> = {}): Promise<EndpointPlan> {
    const description = await this.description(options);
    return chooseEndpoint(description, this.target.endpoint, { provider: this.name });
  }

  /**
   * The Space as its description shows it: a GradioSpaceProvider for the endpoint chosen, at this
   * address, whose facts say what it takes and gives. Throws UnmappableSpaceError.
   */
  async described(options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal' | 'sharedState'> = {}): Promise<GradioSpaceProvider> {
    const description = await this.description(options);
    return this.providerFor(chooseEndpoint(description, this.target.endpoint, { provider: this.name }), description);
  }

  /** Downloads a file the Space returned (a drawn image), as a named Space provider does: the token goes only to the Space itself. */
  async fetchFile(url: string, options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal' | 'sharedState'> = {}): Promise<Uint8Array> {
    return (await this.described(options)).fetchFile(url, options);
  }

  protected async *streamParts(model: string, messages: Messages, options: CallOptions): AsyncIterable<StreamPart> {
    const description = yield* this.describeWaking(options);
    const plan = chooseEndpoint(description, this.target.endpoint, { provider: this.name });
    this.checkRequiredSettings(plan, options, description);
    const space = this.providerFor(plan, description);
    // The token limit and stop sequences are this provider's base's to apply, once.
    yield* space.createAsyncGenerator(model, messages, { ...options, maxTokens: undefined, stop: undefined, parts: true });
  }

  // A sleeping Space answers /config with 503: follow it on the Hub while it wakes, within the call's timeout, as a call does.
  private async *describeWaking(options: CallOptions): AsyncGenerator<StreamPart, SpaceDescription> {
    const hub = hubFor(this.target.space, this.settings, this.url === spaceHost(this.target.space));
    let scope: CallScope | undefined;
    try {
      for (;;) {
        try {
          return await this.description(options);
        } catch (error) {
          if (!wakesOn(error, false, hub)) throw error;
          // The transport loads with the first call, not with the package.
          const [{ CallScope }, { createSpaceHttp }, { waitUntilRunning }] = await Promise.all([
            import('../gradio/call-scope.js'),
            import('../gradio/space-http.js'),
            import('../hub/wait-until-running.js'),
          ]);
          const timeout = options.timeout ?? this.settings.timeout ?? DEFAULT_TIMEOUT_MS;
          scope ??= new CallScope(options.signal, { timeout, idleTimeout: timeout }, { provider: this.name, baseUrl: this.url });
          const http = createSpaceHttp({ ...this.settings, apiKey: options.apiKey ?? this.settings.apiKey, proxy: options.proxy ?? this.settings.proxy });
          yield* waitUntilRunning({ hub, http, provider: this.name, signal: scope.signal }, error);
        }
      }
    } catch (error) {
      throw scope === undefined ? error : scope.failure(error, '');
    } finally {
      scope?.close();
    }
  }

  private providerFor(plan: EndpointPlan, description: SpaceDescription): GradioSpaceProvider {
    const definition = anySpaceDefinition(plan, {
      name: this.name,
      url: spaceHost(this.target.space),
      space: this.target.space,
      apiPrefix: (description.config.api_prefix ?? '').replace(/\/+$/, ''),
    });
    return new GradioSpaceProvider(definition, { ...this.settings, baseUrl: this.url });
  }

  private description(options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal' | 'sharedState'>): Promise<SpaceDescription> {
    return readSpaceDescription({
      ...this.settings,
      baseUrl: this.url,
      provider: this.name,
      apiKey: options.apiKey ?? this.settings.apiKey,
      proxy: options.proxy ?? this.settings.proxy,
      cache: options.sharedState ?? sharedState(),
    }, options.signal);
  }

  // A parameter with no default must come from the caller; the Space would fail on null.
  private checkRequiredSettings(plan: EndpointPlan, options: CallOptions, description: SpaceDescription): void {
    const given = (options.providerOptions?.[this.name] ?? {}) as Record<string, unknown>;
    const missing = settingInputs(plan).filter((input) => !input.hasDefault && given[input.name] === undefined);
    if (missing.length === 0) return;
    const names = missing.map((input) => `${input.name} (${input.component}${input.label === '' ? '' : `, "${input.label}"`})`).join(', ');
    throw new UnmappableSpaceError(
      `The Space's endpoint /${plan.endpoint.apiName} needs ${names}, which has no default: pass it as providerOptions["${this.name}"].${missing[0]?.name ?? ''} (-o ${missing[0]?.name ?? ''}=VALUE in the CLI).`,
      describeEndpoints(description).map(formatEndpoint),
      { provider: this.name },
    );
  }
}
