/**
 * ✓ or ✗ drawn as SVG (no font needs the glyph), green or red, with its meaning for screen
 * readers ("ผ่าน" / "ไม่ผ่าน").
 */
export function CheckMark({ ok, label, size = 16 }: { ok: boolean; label: string; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      role="img"
      aria-label={label}
      style={{ flex: 'none', verticalAlign: '-3px' }}
      fill="none"
      stroke={ok ? 'var(--mantine-color-ntag-7)' : 'var(--mantine-color-red-7)'}
      strokeWidth={2.4}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <title>{label}</title>
      {ok ? <path d="M3 8.5l3.2 3.2L13 4.8" /> : <path d="M4 4l8 8M12 4l-8 8" />}
    </svg>
  );
}
