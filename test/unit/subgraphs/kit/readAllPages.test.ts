import { readAllPages } from '../../../../subgraphs/kit/readAllPages';

/** A peer's list of `size` ids, served after a cursor as keyset pagination does. */
function servedList(size: number) {
  const ids = Array.from({ length: size }, (_, n) => `id${String(n).padStart(3, '0')}`);
  const asked: (string | null)[] = [];
  const readPage = async (after: string | null, first: number) => {
    asked.push(after);
    return ids.filter((id) => after === null || id > after).slice(0, first);
  };
  return { ids, asked, readPage };
}

describe('reading every page of a list', () => {
  it('asks for each page after the last item of the one before, until a page comes back short', async () => {
    const { ids, asked, readPage } = servedList(7);
    expect(await readAllPages(3, readPage, (id) => id)).toEqual(ids);
    expect(asked).toEqual([null, 'id002', 'id005']);
  });

  it('asks once more after a full last page, and stops at the empty one', async () => {
    const { ids, asked, readPage } = servedList(6);
    expect(await readAllPages(3, readPage, (id) => id)).toEqual(ids);
    expect(asked).toEqual([null, 'id002', 'id005']);
  });

  it('reads an empty list with one request', async () => {
    const { asked, readPage } = servedList(0);
    expect(await readAllPages(3, readPage, (id) => id)).toEqual([]);
    expect(asked).toEqual([null]);
  });
});
