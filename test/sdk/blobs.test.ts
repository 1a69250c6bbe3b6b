// Blob packing: Files and Blobs become bytes for IndexedDB (Safari's private mode refuses Blobs) and
// come back as Files and Blobs with the same name, type, size, date and bytes.
import { expect } from '@open-wc/testing';
import { packBlobs, unpackBlobs } from '../../src/sdk/storage/blobs.js';

const bytesOf = async (blob: Blob) => Array.from(new Uint8Array(await blob.arrayBuffer()));

/** What IndexedDB does to a value: a structured clone (which drops nothing packBlobs makes). */
const stored = <T>(value: T): T => structuredClone(value);

describe('blob packing (storage/blobs.ts)', () => {
  it('a File comes back as a File with its name, type, size, date and bytes', async () => {
    const file = new File([new Uint8Array([1, 2, 3, 250])], 'shot.png', { type: 'image/png', lastModified: 1_700_000_000_000 });
    const packed = await packBlobs(file);
    const inner = (packed as unknown as { __hkBlob: { data: unknown; name: string; type: string } }).__hkBlob;
    expect(packed).to.not.be.instanceOf(Blob);
    expect(inner.data).to.be.instanceOf(ArrayBuffer);
    expect([inner.name, inner.type]).to.deep.equal(['shot.png', 'image/png']);
    const back = unpackBlobs(stored(packed)) as File;
    expect(back).to.be.instanceOf(File);
    expect([back.name, back.type, back.size, back.lastModified]).to.deep.equal(['shot.png', 'image/png', 4, 1_700_000_000_000]);
    expect(await bytesOf(back)).to.deep.equal([1, 2, 3, 250]);
  });

  it('a Blob without a name comes back as a Blob, not a File', async () => {
    const blob = new Blob(['log line'], { type: 'text/plain' });
    const back = unpackBlobs(stored(await packBlobs(blob)));
    expect(back).to.be.instanceOf(Blob);
    expect(back).to.not.be.instanceOf(File);
    expect([back.type, await back.text()]).to.deep.equal(['text/plain', 'log line']);
  });

  it('finds Files inside plain objects and arrays, and leaves everything else as it was', async () => {
    const when = new Date(0);
    const draft = {
      subject: 'Skrivaren',
      count: 3,
      none: null,
      when,
      files: [new File(['a'], 'a.txt', { type: 'text/plain' }), new File(['bb'], 'b.log', { type: '' })],
      nested: { deeper: [{ shot: new Blob(['ccc']) }] },
    };
    const packed = await packBlobs(draft);
    expect(packed.when).to.equal(when); // not a plain object: not walked, not copied
    expect([...packed.files, packed.nested.deeper[0]!.shot].some((v) => v instanceof Blob)).to.equal(false);
    const back = unpackBlobs(stored(packed));
    expect([back.subject, back.count, back.none, back.when.getTime()]).to.deep.equal(['Skrivaren', 3, null, 0]);
    expect(back.files.map((f) => [f.name, f.type, f.size])).to.deep.equal([
      ['a.txt', 'text/plain', 1],
      ['b.log', '', 2],
    ]);
    expect(await back.nested.deeper[0]!.shot.text()).to.equal('ccc');
    // The input is not changed in place.
    expect(draft.files[0]).to.be.instanceOf(File);
  });

  it('empty: an empty File, an empty array and object, and primitives', async () => {
    const empty = unpackBlobs(stored(await packBlobs(new File([], 'empty.txt', { type: 'text/plain' })))) as File;
    expect([empty.name, empty.size, empty.type]).to.deep.equal(['empty.txt', 0, 'text/plain']);
    expect(unpackBlobs(await packBlobs({ files: [], meta: {} }))).to.deep.equal({ files: [], meta: {} });
    for (const value of [undefined, null, 0, '', 'text', false]) {
      expect(unpackBlobs(await packBlobs(value))).to.equal(value);
    }
  });

  it('a large file (5 MB) keeps every byte', async () => {
    const size = 5 * 1024 * 1024;
    const source = new Uint8Array(size);
    for (let i = 0; i < size; i++) source[i] = (i * 31) & 0xff;
    const back = unpackBlobs(stored(await packBlobs([new File([source], 'big.bin')])))[0] as File;
    expect(back.size).to.equal(size);
    const read = new Uint8Array(await back.arrayBuffer());
    let differing = 0;
    for (let i = 0; i < size; i++) if (read[i] !== source[i]) differing++;
    expect(differing).to.equal(0);
  });

  it('non-ASCII names and types survive', async () => {
    const names = ['skärmbild 2026-03-02.png', 'اسکرین‌شات.jpg', 'スクリーン.pdf', '📸 photo.heic', 'a\u0301.txt'];
    const files = names.map((name) => new File(['x'], name, { type: 'image/png' }));
    const back = unpackBlobs(stored(await packBlobs(files))) as File[];
    expect(back.map((f) => f.name)).to.deep.equal(names);
    expect(back.map((f) => f.type)).to.deep.equal(names.map(() => 'image/png'));
  });

  it('walks plain objects made in another frame (a form in an iframe)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const other = frame.contentWindow as unknown as typeof globalThis;
      const draft = new other.Object() as Record<string, unknown>;
      draft.shot = new other.File(['from the frame'], 'frame.txt', { type: 'text/plain' });
      const back = unpackBlobs(stored(await packBlobs(draft))) as { shot: File };
      expect([back.shot.name, await back.shot.text()]).to.deep.equal(['frame.txt', 'from the frame']);
    } finally {
      frame.remove();
    }
  });

  it('leaves an object that only looks packed alone', () => {
    const lookalike = { __hkBlob: { data: 'not bytes', type: 'text/plain' } };
    expect(unpackBlobs(lookalike)).to.deep.equal(lookalike);
  });
});
