/** The story's address, shown on paper only: a printout should say where it came from. */
export function PrintAddress({ url }: { url: string }) {
  return <p className="print-address">{url}</p>;
}
