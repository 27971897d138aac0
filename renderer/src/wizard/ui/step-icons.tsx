import type { ReactNode } from 'react';

/** Line icons for the wizard's steps (24px grid, currentColor), in the style of components/icons. */
function Svg({ children }: { children: ReactNode }) {
  return (
    <svg width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const FlagIcon = () => (
  <Svg>
    <path d="M5 21V4M5 4h11l-2 4 2 4H5" />
  </Svg>
);

export const SlidersIcon = () => (
  <Svg>
    <path d="M4 7h10M18 7h2M4 17h4M12 17h8" />
    <circle cx="16" cy="7" r="2" />
    <circle cx="10" cy="17" r="2" />
  </Svg>
);

export const TextIcon = () => (
  <Svg>
    <path d="M5 6h14M12 6v13M8.5 19h7" />
  </Svg>
);

export const GlobeIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9s1.2-6.3 3.7-9z" />
  </Svg>
);

export const PinIcon = () => (
  <Svg>
    <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z" />
    <circle cx="12" cy="10" r="2.3" />
  </Svg>
);

export const FormIcon = () => (
  <Svg>
    <rect x="4" y="4" width="16" height="16" rx="2" />
    <path d="M8 9h8M8 13h8M8 17h4" />
  </Svg>
);

export const LifebuoyIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="9" />
    <circle cx="12" cy="12" r="3.5" />
    <path d="m5.6 5.6 3.9 3.9M14.5 14.5l3.9 3.9M18.4 5.6l-3.9 3.9M9.5 14.5l-3.9 3.9" />
  </Svg>
);

export const ImageIcon = () => (
  <Svg>
    <rect x="3.5" y="5" width="17" height="14" rx="2" />
    <circle cx="9" cy="10" r="1.6" />
    <path d="m20.5 16-5-5-8 8" />
  </Svg>
);

export const SlidesIcon = () => (
  <Svg>
    <rect x="3" y="6" width="14" height="11" rx="1.5" />
    <path d="M20.5 8.5v9a1.5 1.5 0 0 1-1.5 1.5H7" />
    <path d="m8.5 9.5 3.5 2-3.5 2z" />
  </Svg>
);
