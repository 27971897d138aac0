import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { START_ROUTE, type Route } from './routes';

interface RouterValue {
  route: Route;
  navigate(route: Route): void;
}

const RouterContext = createContext<RouterValue | null>(null);

/** State-based routing: a desktop app has no address bar, and app:// URLs stay fixed. */
export function RouterProvider({ initial = START_ROUTE, children }: { initial?: Route; children: ReactNode }) {
  const [route, setRoute] = useState<Route>(initial);
  const navigate = useCallback((next: Route) => {
    setRoute(next);
    window.scrollTo({ top: 0 });
  }, []);
  const value = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** The router when there is one: components also shown outside the app's routes (tests, previews) use this. */
export function useOptionalRouter(): RouterValue | null {
  return useContext(RouterContext);
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter needs a RouterProvider');
  return value;
}
