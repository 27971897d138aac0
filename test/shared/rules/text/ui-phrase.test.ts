import { describe, expect, it } from 'vitest';
import { phraseLanguages } from '../../../../shared/rules/text/ui-phrase';

describe('phraseLanguages', () => {
  it('recognises short interface phrases of English, Spanish and Portuguese', () => {
    expect(phraseLanguages('Save settings')).toEqual(['en']);
    expect(phraseLanguages('Could not connect to the server.')).toEqual(['en']);
    expect(phraseLanguages('Guardar cambios')).toEqual(['es']);
    expect(phraseLanguages('No hay datos')).toEqual(['es']);
    expect(phraseLanguages('No data found')).toEqual(['en']);
    expect(phraseLanguages('Por favor, complete el campo de usuarios')).toEqual(['es']);
    expect(phraseLanguages('Configurações salvas')).toEqual(['pt']);
    expect(phraseLanguages('Não foi possível salvar as alterações')).toEqual(['pt']);
  });

  it('keeps every language of a tie', () => {
    expect(phraseLanguages('Editar campo')).toEqual(['es', 'pt']);
  });

  it('never takes one word, names, identifiers, code or style for a phrase', () => {
    for (const text of ['Save', 'OK', 'Email', 'Guardar', 'API ID', 'Google Sheets', 'Lead Data Calculator', 'WhatsApp Business API',
      'widget_settings_save api-token orderNumber', 'use strict', 'display: none; margin: 0 auto;', 'return this', 'application/json',
      'click.acme keyup.acme', 'YYYY-MM-DD HH:mm', 'Content-Type', '#acme-panel .acme-panel__title', 'https://acme.example/help/for-you?lang=en',
      'Сохранить настройки', 'SAVE SETTINGS']) {
      expect(phraseLanguages(text), text).toEqual([]);
    }
  });
});
