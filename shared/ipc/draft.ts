import { z } from 'zod';

/**
 * Everything the wizard collects for a project that does not live in the widget's own files.
 * Autosaved per project as plain data. `testCredentials` is the one secret: main encrypts it with
 * safeStorage before it touches the disk and never writes it in clear text.
 *
 * Every field is optional so a half-filled draft saves; unknown keys are dropped on read, so a
 * draft written by a newer version never breaks an older one.
 */
const shortText = z.string().max(2_000);
const longText = z.string().max(20_000);
const filePath = z.string().min(1).max(4_096);

export const draftImagesSchema = z.object({
  /** The one logo every branding size is made from. */
  logoSource: filePath.nullable().optional(),
  /** Optional per-shape sources (a wide logo for 400x272 and 240x84, a small one for the squares). */
  wideSource: filePath.nullable().optional(),
  smallSource: filePath.nullable().optional(),
  fit: z.enum(['contain', 'cover']).optional(),
  position: z.enum(['centre', 'attention', 'entropy']).optional(),
  /** Margin around the logo, percent (0-40) of the frame's shorter side. */
  padding: z.number().min(0).max(40).optional(),
  /** '#RRGGBB' or 'transparent'. */
  background: z.string().max(32).optional(),
  slideFormat: z.enum(['png', 'jpeg']).optional(),
  /** Tour slide sources per locale, in order. */
  slides: z.record(z.string().max(16), z.array(filePath).max(5)).optional(),
});

export const projectDraftSchema = z.object({
  /** The wizard step the user was on, so reopening lands there. */
  step: z.string().max(64).optional(),
  companyName: shortText.optional(),
  supportPhone: shortText.optional(),
  supportEmail: shortText.optional(),
  integrationId: shortText.optional(),
  widgetCode: shortText.optional(),
  accountId: shortText.optional(),
  howItWorks: longText.optional(),
  instructions: longText.optional(),
  changes: longText.optional(),
  messageLanguage: z.enum(['ru', 'en']).optional(),
  /** Logins and passwords moderators use to test the widget: stored encrypted. */
  testCredentials: longText.optional(),
  images: draftImagesSchema.optional(),
  /** Ids of manual checklist items the user confirmed. */
  manualConfirmed: z.array(z.string().max(128)).max(200).optional(),
  /** Wizard form state that is not written to the widget yet (plain JSON, kept small). */
  wizard: z.record(z.string().max(128), z.json()).optional(),
});

export type ProjectDraft = z.infer<typeof projectDraftSchema>;
export type DraftImages = z.infer<typeof draftImagesSchema>;

/** A draft is plain data the user types; anything bigger than this is a bug, not a draft. */
export const MAX_DRAFT_JSON_BYTES = 1_000_000;

export interface DraftSaveResult {
  savedAt: string;
  /**
   * False when the OS offers no secret storage: the test credentials were kept for this session
   * only, never written in clear text.
   */
  credentialsStored: boolean;
}
