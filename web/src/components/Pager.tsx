import { useI18n } from '../i18n/I18n';
import { Button } from './Button';

/** Previous and next page of a paged list (page counted from 0), shown only when there is more than one page. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const { t } = useI18n();
  if (pages <= 1) {
    return null;
  }
  return (
    <nav aria-label={t('common.pagination')} className="mt-4 flex items-center gap-3">
      <Button variant="secondary" size="sm" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </Button>
      <span>{t('common.pageOf', { page: page + 1, pages })}</span>
      <Button variant="secondary" size="sm" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </Button>
    </nav>
  );
}
