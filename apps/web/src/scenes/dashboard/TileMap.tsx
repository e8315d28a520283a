import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { NO_DATA_COLOUR, mapScale, type Palette } from '../../features/dashboard/colourScale';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES } from '../../features/dashboard/tileGrid';
import { useReportsT } from '../../i18n/reports';

interface Props {
  /** Province code → the chosen figure; provinces not in it have no data (grey). */
  values: Map<string, number>;
  names: Map<string, string>;
  measureLabel: string;
  palette: Palette;
  /** Whole counts get whole legend limits; baht do not. */
  whole: boolean;
  format: (n: number) => string;
  selected: string | null;
  /** Absent: the provinces cannot be opened from this view. */
  onPick?: (code: string) => void;
}

/** Above zero: "1–5", "6–10" for counts; "≤ 625", "625–1,250" for baht. */
function rangeLabels(limits: number[], whole: boolean, format: (n: number) => string): string[] {
  return limits.map((limit, i) => {
    if (!whole) return i === 0 ? `≤ ${format(limit)}` : `${format(limits[i - 1]!)}–${format(limit)}`;
    const from = i === 0 ? 1 : limits[i - 1]! + 1;
    return from === limit ? format(limit) : `${format(from)}–${format(limit)}`;
  });
}

/**
 * The 77 provinces as squares at their approximate places (features/dashboard/tileGrid.ts),
 * coloured by the chosen figure; grey where a province has no groups in the view. The squares
 * and their text scale with the width (container units), so the whole country fits a 360 px
 * phone and grows on a desktop. A province with figures opens its districts (given `onPick`).
 */
export function TileMap({ values, names, measureLabel, palette, whole, format, selected, onPick }: Props) {
  const t = useReportsT();
  const scale = mapScale(Math.max(0, ...values.values()), palette, whole);
  const labels = rangeLabels(scale.limits, whole, format);
  const legend = [{ colour: scale.zero, label: format(0) }, ...scale.colours.map((colour, i) => ({ colour, label: labels[i]! }))];

  return (
    <Stack gap="sm">
      <Box style={{ containerType: 'inline-size', width: '100%', maxWidth: 520, marginInline: 'auto' }}>
        <div
          role="group"
          aria-label={t('map.label', { measure: measureLabel })}
          data-testid="tile-map"
          style={{ display: 'grid', gridTemplateColumns: `repeat(${GRID_COLUMNS}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${GRID_ROWS}, auto)`, gap: '2px' }}
        >
          {PROVINCE_TILES.map((tile) => {
            const value = values.get(tile.code);
            const has = value !== undefined;
            const bg = has ? scale.colourOf(value) : NO_DATA_COLOUR;
            const fg = has ? scale.textOf(bg) : '#5c636a';
            const name = names.get(tile.code) ?? tile.code;
            const label = has ? `${name} (${tile.code}): ${measureLabel} ${format(value)}` : `${name} (${tile.code}): ${t('map.noData')}`;
            const style = {
              gridColumn: tile.col + 1,
              gridRow: tile.row + 1,
              aspectRatio: '1',
              background: bg,
              color: fg,
              borderRadius: 3,
              display: 'flex',
              flexDirection: 'column' as const,
              alignItems: 'center',
              justifyContent: 'center',
              lineHeight: 1.1,
              outline: selected === tile.code ? '3px solid var(--mantine-color-dark-7)' : undefined,
              outlineOffset: 1,
              zIndex: selected === tile.code ? 1 : undefined,
            };
            const content = (
              <>
                <span style={{ fontSize: 'clamp(7px, 2.2cqw, 12px)', opacity: 0.85 }}>{tile.code}</span>
                <span style={{ fontSize: 'clamp(9px, 3.3cqw, 17px)', fontWeight: 700 }}>{tile.abbr}</span>
              </>
            );
            const data = { 'data-testid': 'tile', 'data-province': tile.code, 'data-value': has ? value : undefined, 'data-colour': bg };
            return has && onPick ? (
              <UnstyledButton key={tile.code} style={style} onClick={() => onPick(tile.code)} aria-label={label} title={label} aria-pressed={selected === tile.code} {...data}>
                {content}
              </UnstyledButton>
            ) : (
              <div key={tile.code} style={style} title={label} aria-label={label} role="img" {...data}>
                {content}
              </div>
            );
          })}
        </div>
      </Box>
      <Group gap="sm" wrap="wrap" justify="center" aria-label={t('map.legend')} data-testid="map-legend">
        {legend.map((l) => (
          <Group key={l.colour} gap={4} wrap="nowrap">
            <Box w={14} h={14} style={{ background: l.colour, borderRadius: 2, flex: 'none' }} />
            <Text size="xs">{l.label}</Text>
          </Group>
        ))}
        <Group gap={4} wrap="nowrap">
          <Box w={14} h={14} style={{ background: NO_DATA_COLOUR, borderRadius: 2, flex: 'none', border: '1px solid var(--mantine-color-gray-4)' }} />
          <Text size="xs">{t('map.noData')}</Text>
        </Group>
      </Group>
    </Stack>
  );
}
