import { get } from '../api/client';
import type { Department } from '../api/types';
import { useI18n } from '../i18n/I18n';
import { useAsync } from './useAsync';

let cached: Promise<Department[]> | null = null;

/** The city's departments (public, read once per page load), and the name of a code in the reader's language. */
export function useDepartments(): { departments: Department[]; nameOf(code: string | null | undefined): string } {
  const { pick } = useI18n();
  const loaded = useAsync(() => {
    cached ??= get<Department[]>('/api/v1/departments').catch((error) => {
      cached = null;
      throw error;
    });
    return cached;
  }, []);
  const departments = loaded.data ?? [];
  return {
    departments,
    nameOf: (code) => {
      if (!code) {
        return '';
      }
      const department = departments.find((d) => d.code === code);
      return department ? pick(department.name, department.nameEn) : code;
    },
  };
}
