import { todayIso } from '../../lib/assessment/calendar';
import {
  exportDocument,
  exportFileName,
  maxImportBytes,
  parseImportedText,
} from '../../lib/assessment/exchange';
import type { AssessmentModel } from '../../lib/assessment/model';
import { soaCsv, type SoaLabels } from '../../lib/assessment/report';
import { encodeShareFragment, type ShareDecodeResult } from '../../lib/assessment/share';
import type { AssessmentState, Migration } from '../../lib/assessment/state';
import type { AssessmentPlurals, AssessmentText } from '../../lib/assessment/strings';
import type { Notices } from './notices';
import { fill, plural } from './text';

/** The part of the assessment element that the keeping and sharing actions use. */
export interface KeepingHost {
  model: AssessmentModel;
  text: AssessmentText;
  plurals: AssessmentPlurals;
  lang: string;
  notices: Notices;
  getState(): AssessmentState;
  /** Replaces the answers, keeping the old ones as a backup, and reports `sentences`. */
  replaceState(next: AssessmentState, sentences: string[]): void;
}

/** Saves text as a file through a temporary blob: URL; nothing is sent anywhere. */
function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportAnswers(host: KeepingHost): void {
  const now = new Date();
  download(
    exportFileName('assessment', todayIso(now)),
    'application/json',
    exportDocument(host.getState(), now),
  );
}

export function downloadSoa(host: KeepingHost): void {
  const { text } = host;
  const labels: SoaLabels = {
    header: [
      text.soaControl,
      text.soaTitle,
      text.soaApplicable,
      text.soaJustification,
      text.soaStatus,
    ],
    yes: text.yes,
    no: text.no,
    levels: {
      'not-started': text.levelNotStarted,
      planned: text.levelPlanned,
      partial: text.levelPartial,
      'in-place': text.levelInPlace,
      evidenced: text.levelEvidenced,
      'not-applicable': text.levelNotApplicable,
      unanswered: text.levelUnanswered,
    },
  };
  const csv = soaCsv(host.model, host.getState(), labels);
  download(exportFileName('soa-draft', todayIso()), 'text/csv;charset=utf-8', csv);
}

/** Describes answers that a migration dropped or kept, for the message after loading them. */
export function migrationSentences(host: KeepingHost, migration: Migration): string[] {
  const { model, plurals, lang, text } = host;
  if (migration.dropped.length > 0) {
    return [
      plural(plurals.noticeMigrated, lang, migration.dropped.length, {
        from: migration.fromVersion,
        ids: migration.dropped.join(', '),
      }),
    ];
  }
  return migration.fromVersion === model.version
    ? []
    : [fill(text.noticeUpgraded, { from: migration.fromVersion })];
}

/** Imports an answers file. A file that is too large, not JSON or not an answers file changes nothing. */
export async function importAnswers(host: KeepingHost, file: File): Promise<void> {
  const { text } = host;
  const fail = (template: string, path = ''): void => {
    host.notices.show([fill(template, { file: file.name, path }), text.noticeUnchanged], {
      tone: 'error',
      key: 'import',
    });
  };
  if (file.size > maxImportBytes) return fail(text.importTooLarge);

  let content: string;
  try {
    content = await file.text();
  } catch {
    return fail(text.importReadFailed);
  }
  const result = parseImportedText(content, host.model);
  if (!result.ok) {
    const schemaTemplate = result.path ? text.importInvalidSchemaAt : text.importInvalidSchema;
    const templates = {
      'too-large': text.importTooLarge,
      'invalid-json': text.importInvalidJson,
      'invalid-schema': schemaTemplate,
    };
    return fail(templates[result.reason], result.path);
  }
  host.notices.remove('import');
  host.replaceState(result.state, [
    fill(text.noticeImported, { file: file.name }),
    ...migrationSentences(host, result),
  ]);
}

/** Creates the share link, shows it in its field and copies it where the browser allows. */
export async function createShareLink(host: KeepingHost, field: HTMLInputElement): Promise<void> {
  const { text } = host;
  const encoded = await encodeShareFragment(host.getState());
  const box = field.closest<HTMLElement>('.aa-assessment__share')!;
  if (!encoded.ok) {
    box.hidden = true;
    host.notices.show([text.shareTooLongToCreate], { tone: 'error', key: 'share' });
    return;
  }
  field.value = `${location.origin}${location.pathname}${encoded.fragment}`;
  box.hidden = false;
  let copied = false;
  try {
    await navigator.clipboard.writeText(field.value);
    copied = true;
  } catch {
    // Clipboard access needs permission or HTTPS; the field below still contains the link.
    field.select();
  }
  host.notices.show([copied ? text.shareCreated : text.shareCreatedNotCopied], { key: 'share' });
}

/** Handles a share link in the address: loads its answers, or asks first when answers exist. */
export function openSharedAnswers(
  host: KeepingHost,
  result: ShareDecodeResult,
  localAnswersExist: boolean,
): void {
  const { text, plurals, lang } = host;
  if (result.status === 'absent') return;
  if (result.status === 'invalid') {
    const messages = {
      'too-long': text.shareTooLong,
      'invalid-encoding': text.shareInvalidEncoding,
      'invalid-json': text.shareInvalidJson,
      'invalid-schema': result.path
        ? fill(text.shareInvalidSchemaAt, { path: result.path })
        : text.shareInvalidSchema,
    };
    host.notices.show([messages[result.reason], text.noticeUnchanged], {
      tone: 'error',
      key: 'share',
    });
    return;
  }
  const load = () =>
    host.replaceState(result.state, [text.shareLoaded, ...migrationSentences(host, result)]);
  if (!localAnswersExist) {
    load();
    return;
  }
  const count = Object.keys(result.state.profile).length + Object.keys(result.state.answers).length;
  host.notices.show([plural(plurals.shareConfirm, lang, count)], {
    key: 'share',
    actions: [
      { label: text.loadSharedButton, run: load },
      {
        label: text.keepMineButton,
        run: () => host.notices.show([text.shareIgnored], { key: 'share' }),
      },
    ],
  });
}
