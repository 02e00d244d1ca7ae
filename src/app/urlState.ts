/**
 * Reads the app's options from the URL (`?scenario=hot-keys&lang=ko&speed=1`). Untrusted input:
 * unknown values fall back to defaults and are reported, never rendered as markup.
 */
import { DEFAULT_EXAMPLE_ID, findExample, type ExampleScenario } from '../scenarios';
import { preferredLang, type Lang } from '../i18n';
import { SPEED_STOPS } from '../controls/sliderScale';

export interface UrlOptions {
  example: ExampleScenario;
  lang: Lang;
  speed: number | undefined;
  autoplay: boolean;
  /** The scenario id the URL asked for but we do not have. */
  unknownScenario: string | null;
}

export function readUrlOptions(search: string, browserLanguages: readonly string[] | undefined): UrlOptions {
  const params = new URLSearchParams(search);
  const asked = params.get('scenario');
  const found = asked ? findExample(asked) : undefined;
  const langParam = params.get('lang');
  const speedParam = Number(params.get('speed'));
  return {
    example: found ?? findExample(DEFAULT_EXAMPLE_ID)!,
    lang: langParam === 'ko' || langParam === 'en' ? langParam : preferredLang(browserLanguages),
    speed: SPEED_STOPS.includes(speedParam) ? speedParam : undefined,
    autoplay: params.has('autoplay'),
    unknownScenario: asked && !found ? asked.slice(0, 80) : null,
  };
}
