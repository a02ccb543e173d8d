import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getWorkspace, type WorkspaceInfo as Info } from '../../api/settings';
import { Icon } from '../../components/Icon';

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** WorkspaceInfo names the open workspace file and the app version. */
export function WorkspaceInfo() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<Info | null>(null);
  useEffect(() => {
    getWorkspace()
      .then(setInfo)
      .catch(() => setInfo(null));
  }, []);
  if (!info) return null;
  return (
    <div className="workspace-info" title={info.path}>
      <Icon name="database" size={16} />
      <span className="visually-hidden">{t('workspace.label')}: </span>
      <span className="workspace-info__file">{baseName(info.path)}</span>
      {info.version ? (
        <span className="workspace-info__version">
          {t('workspace.version', { version: info.version })}
        </span>
      ) : null}
    </div>
  );
}
