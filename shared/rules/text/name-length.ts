import { SOURCES } from '../rule';
import { defineLengthRule } from './length-rule';

export const textNameLengthRule = defineLengthRule({
  id: 'text/name-length',
  field: 'name',
  limit: (profile) => profile.text.nameMax,
  summary: 'The widget name is at most 30 characters in every locale.',
  summaryRu: 'Название виджета не длиннее 30 символов в каждой локали.',
  docs:
    'The name the manifest points at (widget.name, usually an i18n key) must be at most 30 characters long in ' +
    'each locale, "via Company" included. Characters are counted as a person sees them: an accented letter or ' +
    'an emoji is one character, HTML tags are not counted. Shorten the product part or the company part.',
  sources: [
    SOURCES.amocrmChecklist('Content and appearance > Widget name, teaser and description: "Not longer than 30 characters"'),
    SOURCES.kommoChecklist('Content and appearance > Widget name, teaser and description: "Not longer than 30 characters"'),
  ],
});
