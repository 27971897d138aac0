import { useEffect, useState } from 'react';
import type { AppNotice } from '../../../shared/ipc/types';
import { Banner } from '../components/Banner';
import { getApi } from './api';

/** Things main must tell the user once (a corrupt settings file was reset, and where the old one went). */
export function NoticeArea() {
  const [notices, setNotices] = useState<AppNotice[]>([]);
  useEffect(() => {
    void getApi()
      .takeNotices()
      .then(setNotices)
      .catch(() => undefined);
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <Banner key={notice.id} tone="warning" onDismiss={() => setNotices((current) => current.filter((item) => item.id !== notice.id))}>
          {notice.message}
        </Banner>
      ))}
    </div>
  );
}
