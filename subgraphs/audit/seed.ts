/**
 * The audit subgraph seeds nothing of its own: the demo change history arrives through the customer
 * subgraph's change outbox, as every change does, and the trail starts empty.
 */
export async function seedChangeLog(): Promise<void> {}
