// Where elements keep a synchronous copy of a draft's words in the tab's sessionStorage (an
// IndexedDB save can be cut short by a reload). The SDK owns the key format so that forget()
// removes a customer's copies with the rest of their data.

const PREFIX = 'helpkit:draft:';

/** The sessionStorage key of one customer's draft copy on one backend. */
export function tabCopyKey(baseUrl: string, owner: string, draftKey: string): string {
  return PREFIX + JSON.stringify([baseUrl, owner, draftKey]);
}

function tabStorage(): Storage | undefined {
  try {
    // Reading `sessionStorage` itself throws where storage is blocked (sandboxed frames, some private modes).
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** Removes every copy this tab keeps of `owner`'s drafts on `baseUrl`. */
export function forgetTabCopies(baseUrl: string, owner: string): void {
  const storage = tabStorage();
  if (!storage) return;
  const mine: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const [base, who] = JSON.parse(key.slice(PREFIX.length)) as string[];
      if (base === baseUrl && who === owner) mine.push(key);
    } catch {
      // Not one of ours.
    }
  }
  for (const key of mine) storage.removeItem(key);
}
