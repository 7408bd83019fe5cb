/**
 * Every item of a list a peer serves page by page, after a cursor: each page asked for after the
 * last item of the one before, until a page comes back short.
 */
export async function readAllPages<Item>(
  pageSize: number,
  readPage: (after: string | null, first: number) => Promise<readonly Item[]>,
  cursorOf: (item: Item) => string,
): Promise<Item[]> {
  const items: Item[] = [];
  for (let after: string | null = null; ;) {
    const page = await readPage(after, pageSize);
    items.push(...page);
    if (page.length < pageSize) return items;
    after = cursorOf(page[page.length - 1]);
  }
}
