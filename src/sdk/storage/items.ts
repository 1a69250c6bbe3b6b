import type { Store } from './store.js';
import type { ItemRecord, ItemType } from './schema.js';

const itemKey = (type: ItemType, id: string) => `${type}:${id}`;

/** The tickets and callbacks this browser knows, with their access tokens. */
export class MyItems {
  constructor(private store: Store, private now: () => number = Date.now) {}

  async remember(type: ItemType, id: string, token: string, extra: Pick<ItemRecord, 'label' | 'number'> = {}): Promise<void> {
    await this.store.update('items', itemKey(type, id), (current) => ({
      key: itemKey(type, id),
      type,
      id,
      token,
      label: extra.label ?? current?.label,
      number: extra.number ?? current?.number,
      createdAt: current?.createdAt ?? this.now(),
    }));
  }

  get(type: ItemType, id: string): Promise<ItemRecord | undefined> {
    return this.store.get('items', itemKey(type, id));
  }

  async token(type: ItemType, id: string): Promise<string | undefined> {
    return (await this.get(type, id))?.token;
  }

  /** Newest first. */
  async list(type?: ItemType): Promise<ItemRecord[]> {
    const all = await this.store.all('items');
    return all.filter((i) => !type || i.type === type).sort((a, b) => b.createdAt - a.createdAt);
  }

  forget(type: ItemType, id: string): Promise<void> {
    return this.store.delete('items', itemKey(type, id));
  }
}
