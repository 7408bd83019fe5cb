import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * Runs `work` in a transaction on a fork of `em` of its own: committed when `work` resolves, rolled
 * back when it throws; inside a transaction of `em`, as a savepoint of it. For work that writes
 * natively (insertMany, query builders): nothing is flushed for it.
 *
 * MikroORM's `em.transactional` and every flush run through an AsyncLocalStorage, and the first one
 * a process runs turns on Node's promise hooks for every promise it makes from then on, at a cost
 * of several percent of a busy service's CPU. The audit trail appends once per governed request,
 * so its writes go this way, and every service sharing its process is spared them.
 */
export async function inTransaction<T>(em: SqlEntityManager, work: (tx: SqlEntityManager) => Promise<T>): Promise<T> {
  const connection = em.getConnection('write');
  const transaction = await connection.begin({ ctx: em.getTransactionContext() });
  const tx = em.fork();
  tx.setTransactionContext(transaction);
  try {
    const result = await work(tx);
    await connection.commit(transaction);
    return result;
  } catch (error) {
    await connection.rollback(transaction);
    throw error;
  } finally {
    tx.resetTransactionContext();
  }
}
