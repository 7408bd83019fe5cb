import { Gauge } from 'prom-client';
import { today } from '../../../lib/calendar';
import { reviewPeriod } from '../../../lib/reviewPeriod';
import type { BackgroundServices } from '../../kit/subgraph';
import { AccessReviewEntity } from '../entities/AccessReview';
import { reviewView } from './reviewRecords';

/**
 * How many opened access reviews are overdue (past their due day without a decision on every
 * principal in scope), on the audit subgraph's /metrics, for an alert. Only reviews already past
 * their due day are looked at: a handful a year.
 */
export function overdueAccessReviews(services: BackgroundServices): Gauge {
  return new Gauge({
    name: 'custos_access_reviews_overdue',
    help: 'Opened access reviews past their due day without a decision on every principal in scope',
    registers: [],
    async collect() {
      const em = services.database.fork();
      const day = today();
      let overdue = 0;
      for (const { period } of await em.find(AccessReviewEntity, {}, { disableIdentityMap: true })) {
        const quarter = reviewPeriod(period);
        if (quarter && quarter.dueOn < day && (await reviewView(em, quarter, day)).overdue) overdue += 1;
      }
      this.set(overdue);
    },
  });
}
