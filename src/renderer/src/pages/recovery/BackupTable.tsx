import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/domain/system';
import { formatBytes, formatDateTime } from '@renderer/format/intl';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function BackupTable({ backups }: { backups: BackupInfo[] }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption className="table__caption">{t('recovery.backups')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('recovery.backupColumns.file')}</th>
          <th scope="col">{t('recovery.backupColumns.created')}</th>
          <th scope="col" className="table__number">
            {t('recovery.backupColumns.size')}
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.file}>
            <td className="path" title={backup.file}>
              {fileName(backup.file)}
            </td>
            <td>{formatDateTime(backup.createdAt)}</td>
            <td className="table__number">{formatBytes(backup.bytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
