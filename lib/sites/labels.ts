// The words the sites put on controls and labels, per interface language. We prefer anchors that do
// not change with the language (test ids, editor attributes, roles, URLs); these tables are for the
// few places where a visible word is the only anchor. English always applies as well, because the
// sites fall back to it. Keyed by the primary subtag of <html lang>.
export type LabelKey =
  'post' | 'share' | 'send' | 'comment' | 'confirm' | 'delete' | 'conversation-with' | 'conversation-titled';

type Table = Partial<Record<LabelKey, readonly string[]>>;

const LABELS: Record<string, Table> = {
  en: {
    post: ['Post', 'Publish', 'Post all', 'Reply'],
    share: ['Share'],
    send: ['Send', 'Press enter to send', 'Press Enter to send'],
    comment: ['Comment'],
    confirm: ['Confirm', 'Confirm request'],
    delete: ['Delete', 'Delete request'],
    'conversation-with': ['Messages in conversation with ', 'Conversation with '],
    'conversation-titled': ['Messages in conversation titled ', 'Conversation titled '],
  },
  cy: { post: ['Postio'], share: ['Rhannu'], send: ['Anfon'], confirm: ['Cadarnhau'], delete: ['Dileu'] },
  de: {
    post: ['Posten', 'Veröffentlichen'],
    share: ['Teilen'],
    send: ['Senden'],
    comment: ['Kommentieren'],
    confirm: ['Bestätigen'],
    delete: ['Löschen'],
  },
  es: {
    post: ['Publicar'],
    share: ['Compartir'],
    send: ['Enviar'],
    comment: ['Comentar'],
    confirm: ['Confirmar'],
    delete: ['Eliminar'],
  },
  fr: {
    post: ['Publier'],
    share: ['Partager'],
    send: ['Envoyer'],
    comment: ['Commenter'],
    confirm: ['Confirmer'],
    delete: ['Supprimer'],
  },
  pl: {
    post: ['Opublikuj'],
    share: ['Udostępnij'],
    send: ['Wyślij'],
    comment: ['Skomentuj'],
    confirm: ['Potwierdź'],
    delete: ['Usuń'],
    'conversation-with': ['Wiadomości w rozmowie z '],
  },
  pt: {
    post: ['Publicar'],
    share: ['Compartilhar', 'Partilhar'],
    send: ['Enviar'],
    comment: ['Comentar'],
    confirm: ['Confirmar'],
    delete: ['Excluir', 'Eliminar'],
  },
};

/** The words for `key` in the page's language, and in English. */
export function labelsFor(key: LabelKey, lang: string): readonly string[] {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  const local = primary === 'en' ? [] : (LABELS[primary]?.[key] ?? []);
  return [...local, ...(LABELS.en?.[key] ?? [])];
}
