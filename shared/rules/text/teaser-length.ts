import { SOURCES } from '../rule';
import { defineLengthRule } from './length-rule';

export const textTeaserLengthRule = defineLengthRule({
  id: 'text/teaser-length',
  field: 'short_description',
  limit: (profile) => profile.text.teaserMax,
  summary: 'The teaser (widget.short_description) is at most 60 characters in every locale.',
  summaryRu: 'Краткое описание (widget.short_description) не длиннее 60 символов в каждой локали.',
  docs:
    'The short teaser shown in the widget list (widget.short_description) must be at most 60 characters in each ' +
    'locale and explain why a client should choose the integration. Characters are counted as a person sees ' +
    'them: grapheme clusters of the visible text, HTML tags removed and entities such as &amp; counted as one.',
  sources: [
    SOURCES.amocrmChecklist('Content and appearance > Widget name, teaser and description: "a short teaser text ... Not longer than 60 characters"'),
    SOURCES.kommoChecklist('Content and appearance > Widget name, teaser and description: "a short teaser text ... Not longer than 60 characters"'),
    SOURCES.structure('widget/short_description: "Короткое описание для вывода в списке виджетов"'),
  ],
});
