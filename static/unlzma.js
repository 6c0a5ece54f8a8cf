// An LZMA decoder for the page's wasm, which ships LZMA-compressed (scripts/pack.py): a quarter
// smaller than gzip -9 gets it, so the page fits its 1 MiB budget. It follows the LZMA SDK's
// reference decoder (LzmaSpec.cpp) for the "alone" format: 5 bytes of properties, 8 bytes of
// unpacked size (pack.py always writes it), then the range-coded stream.
export function unlzma(src) {
  const props = src[0];
  if (props >= 225) throw new Error("unlzma: bad properties");
  const lc = props % 9, lp = Math.floor(props / 9) % 5, pb = Math.floor(props / 45);
  let size = 0;
  for (let i = 12; i >= 5; i--) size = size * 256 + src[i];
  if (!Number.isSafeInteger(size)) throw new Error("unlzma: the unpacked size is missing");
  const out = new Uint8Array(size);
  let op = 0, ip = 13;
  // The range coder's two registers live in a typed array: as plain variables, values over 2^31
  // would be boxed on every update.
  const rc = new Uint32Array([0xffffffff, 0]);
  if (src[ip++] !== 0) throw new Error("unlzma: corrupt stream");
  for (let i = 0; i < 4; i++) rc[1] = (rc[1] << 8) | src[ip++];

  // One probability array for every model, laid out as LzmaSpec declares them.
  const LIT = 0, ISMATCH = LIT + (0x300 << (lc + lp)), ISREP = ISMATCH + 192, ISREPG0 = ISREP + 12,
    ISREPG1 = ISREPG0 + 12, ISREPG2 = ISREPG1 + 12, ISREP0LONG = ISREPG2 + 12, POSSLOT = ISREP0LONG + 192,
    POSDEC = POSSLOT + 256, ALIGN = POSDEC + 115, LEN = ALIGN + 16, REPLEN = LEN + 514, END = REPLEN + 514;
  const p = new Uint16Array(END).fill(1024);

  function bit(i) {
    const v = p[i], range = rc[0], code = rc[1], bound = (range >>> 11) * v;
    let b;
    if (code < bound) { p[i] = v + ((2048 - v) >>> 5); rc[0] = bound; b = 0; }
    else { p[i] = v - (v >>> 5); rc[1] = code - bound; rc[0] = range - bound; b = 1; }
    if (rc[0] < 0x1000000) { rc[0] <<= 8; rc[1] = (rc[1] << 8) | src[ip++]; }
    return b;
  }
  function tree(base, bits) {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) + bit(base + m);
    return m - (1 << bits);
  }
  function reverse(base, bits) {
    let m = 1, sym = 0;
    for (let i = 0; i < bits; i++) { const b = bit(base + m); m = (m << 1) + b; sym |= b << i; }
    return sym;
  }
  function direct(bits) {
    let res = 0;
    for (let i = 0; i < bits; i++) {
      const range = rc[0] >>> 1, code = rc[1];
      rc[0] = range;
      let b = 1;
      if (code >= range) rc[1] = code - range; else b = 0;
      if (range < 0x1000000) { rc[0] <<= 8; rc[1] = (rc[1] << 8) | src[ip++]; }
      res = res * 2 + b;
    }
    return res;
  }
  function length(base, posState) {
    if (bit(base) === 0) return tree(base + 2 + posState * 8, 3);
    if (bit(base + 1) === 0) return 8 + tree(base + 130 + posState * 8, 3);
    return 16 + tree(base + 258, 8);
  }

  const pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
  let state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
  while (op < size) {
    const posState = op & pbMask;
    if (bit(ISMATCH + (state << 4) + posState) === 0) {
      const prev = op > 0 ? out[op - 1] : 0;
      const base = LIT + 0x300 * (((op & lpMask) << lc) + (prev >> (8 - lc)));
      let sym = 1;
      if (state >= 7) {
        let match = out[op - rep0 - 1];
        do {
          const mb = (match >> 7) & 1;
          match <<= 1;
          const b = bit(base + ((1 + mb) << 8) + sym);
          sym = (sym << 1) | b;
          if (mb !== b) break;
        } while (sym < 0x100);
      }
      while (sym < 0x100) sym = (sym << 1) | bit(base + sym);
      out[op++] = sym - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(ISREP + state) !== 0) {
      if (op === 0) throw new Error("unlzma: corrupt stream");
      if (bit(ISREPG0 + state) === 0) {
        if (bit(ISREP0LONG + (state << 4) + posState) === 0) {
          state = state < 7 ? 9 : 11;
          out[op] = out[op - rep0 - 1];
          op++;
          continue;
        }
      } else {
        let dist;
        if (bit(ISREPG1 + state) === 0) dist = rep1;
        else {
          if (bit(ISREPG2 + state) === 0) dist = rep2; else { dist = rep3; rep3 = rep2; }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(REPLEN, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2; rep2 = rep1; rep1 = rep0;
      len = length(LEN, posState);
      state = state < 7 ? 7 : 10;
      const slot = tree(POSSLOT + (len < 3 ? len : 3) * 64, 6);
      if (slot < 4) rep0 = slot;
      else {
        const bits = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) * 2 ** bits;
        if (slot < 14) rep0 += reverse(POSDEC + rep0 - slot, bits);
        else rep0 += direct(bits - 4) * 16 + reverse(ALIGN, 4);
      }
      if (rep0 === 0xffffffff) break; // the end marker
      if (rep0 >= op) throw new Error("unlzma: corrupt stream");
    }
    len += 2;
    if (len > size - op) throw new Error("unlzma: corrupt stream");
    for (let from = op - rep0 - 1; len > 0; len--) out[op++] = out[from++];
  }
  if (op !== size) throw new Error("unlzma: the stream ended early");
  return out;
}
