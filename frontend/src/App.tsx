import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from './components/AppShell';
import { Breadcrumb, type Crumb } from './components/Breadcrumb';
import { CloseGuard } from './components/save/CloseGuard';
import { useLeaveGuard } from './components/save/LeaveGuard';
import { ScreenSavedIndicator } from './components/save/SavedIndicator';
import { SaveStatusProvider } from './components/save/SaveStatusContext';
import { ToastProvider } from './components/Toasts';
import { BackupsPage } from './features/backups/BackupsPage';
import { DiskFullBanner } from './features/backups/DiskFullBanner';
import { StartupGate } from './features/backups/StartupGate';
import { ClientListProvider, useClientList } from './features/clients/ClientListContext';
import { ClientPage } from './features/clients/ClientPage';
import { ClientSidebar } from './features/clients/ClientSidebar';
import { HomePage } from './features/clients/HomePage';
import { NewClientDialog } from './features/clients/NewClientDialog';
import { LanguageSwitch } from './features/settings/LanguageSwitch';
import { useSidebar } from './features/settings/useSidebar';
import { useStoredLanguage } from './features/settings/useStoredLanguage';
import { WorkshopPage } from './features/workshops/WorkshopPage';
import { routeHref, useHashRoute, type Route } from './routing';
import { useWelcome } from './welcome';

/**
 * App asks Go first whether the workspace opened: if not, the problem screen
 * takes the window and nothing else is called.
 */
export function App() {
  return (
    <StartupGate>
      <Workspace />
    </StartupGate>
  );
}

/** Workspace wires the providers around the screens of an open workspace. */
function Workspace() {
  useStoredLanguage();
  return (
    <SaveStatusProvider>
      <ToastProvider>
        <ClientListProvider>
          <Screens />
        </ClientListProvider>
        <CloseGuard />
      </ToastProvider>
    </SaveStatusProvider>
  );
}

function Screens() {
  const leaveGuard = useLeaveGuard();
  const [route, navigate] = useHashRoute(leaveGuard.canLeave);
  useWelcome(route, navigate);
  const [creating, setCreating] = useState(false);
  const { reload } = useClientList();
  const sidebar = useSidebar();
  const openNew = () => setCreating(true);

  return (
    <>
      <AppShell
        fill={route.page === 'workshop'}
        rail={sidebar.collapsed}
        sidebar={
          <ClientSidebar
            route={route}
            onNewClient={openNew}
            collapsed={sidebar.collapsed}
            onToggle={sidebar.toggle}
          />
        }
        topbar={
          <>
            <header className="topbar">
              <RouteBreadcrumb route={route} />
              <div className="topbar__end">
                <ScreenSavedIndicator />
                <LanguageSwitch />
              </div>
            </header>
            <DiskFullBanner />
          </>
        }
      >
        {route.page === 'home' ? <HomePage onNewClient={openNew} /> : null}
        {route.page === 'backups' ? <BackupsPage onRestored={reload} /> : null}
        {route.page === 'client' ? (
          <ClientPage key={route.clientId} clientId={route.clientId} navigate={navigate} />
        ) : null}
        {route.page === 'workshop' ? (
          <WorkshopPage
            key={route.workshopId}
            clientId={route.clientId}
            workshopId={route.workshopId}
            tab={route.tab}
            navigate={navigate}
          />
        ) : null}
      </AppShell>
      {creating ? (
        <NewClientDialog
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            reload();
            navigate({ page: 'client', clientId: c.id });
          }}
        />
      ) : null}
      {leaveGuard.dialog}
    </>
  );
}

function RouteBreadcrumb({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { clients } = useClientList();
  if (route.page === 'backups') {
    return <Breadcrumb label={t('topbar.breadcrumb')} crumbs={[{ label: t('backups.title') }]} />;
  }
  const crumbs: Crumb[] = [{ label: t('nav.clients'), href: routeHref({ page: 'home' }) }];
  if (route.page !== 'home') {
    const client = clients.find((c) => c.id === route.clientId);
    crumbs.push({
      label: client ? client.name || t('clients.unnamed') : '…',
      href: routeHref({ page: 'client', clientId: route.clientId }),
    });
    if (route.page === 'workshop') {
      const w = client?.workshops.find((x) => x.id === route.workshopId);
      crumbs.push({ label: w?.title ?? '…' });
    }
  }
  return <Breadcrumb label={t('topbar.breadcrumb')} crumbs={crumbs} />;
}
