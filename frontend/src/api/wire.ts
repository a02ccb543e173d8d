/**
 * Wire is a Go type as it travels between Go and the window as JSON, made
 * from the interfaces Wails generates (wailsjs/go/models.ts):
 * - an enum (a Go typed string bound with EnumBind, see app.Enums) is the
 *   union of its values, so `'it'` is a department and `departments` from
 *   domain.gen.ts can be used as they are;
 * - a Go pointer (tagged `ts_type:"number | null"`) is always there and null
 *   when unset, as encoding/json writes it;
 * - everything else is as generated, so a field renamed in Go is renamed
 *   here and every use of the old name fails tsc.
 */
export type Wire<T> = T extends string
  ? `${T}`
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Wire<U>[]
      : T extends object
        ? WireObject<T>
        : T;

/** WireObject keeps each field's optionality, except that a nullable one is always present. */
type WireObject<T> = {
  [K in keyof T as null extends T[K] ? never : K]: Wire<T[K]>;
} & {
  -readonly [K in keyof T as null extends T[K] ? K : never]-?: Wire<Exclude<T[K], undefined>>;
};
