import { SOURCES } from '../rule';
import { defineLengthRule } from './length-rule';

export const textDescriptionLengthRule = defineLengthRule({
  id: 'text/description-length',
  field: 'description',
  limit: (profile) => profile.text.descriptionMax,
  summary: 'The description (widget.description) is at most 400 characters in every locale.',
  summaryRu: 'Описание (widget.description) не длиннее 400 символов в каждой локали.',
  docs:
    'The description is 1-2 friendly paragraphs about the benefits and what the widget does, at most 400 ' +
    'characters in each locale. The description may use HTML tags and placeholders such as #SUBDOMAIN#: tags ' +
    'are not counted, entities such as &amp; count as one character, and characters are counted as a person ' +
    'sees them (grapheme clusters), never as bytes.',
  sources: [
    SOURCES.amocrmChecklist('Content and appearance > Widget name, teaser and description: "Is not longer than 400 characters"'),
    SOURCES.kommoChecklist('Content and appearance > Widget name, teaser and description: "Is not longer than 400 characters"'),
    SOURCES.structure('widget/description: "Вы можете использовать html-тэги, а также специальные short-теги"'),
  ],
});
