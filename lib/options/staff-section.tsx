/** Staff: the rule pack in force, importing or subscribing, and "I have read this". (Being built.) */
export function StaffPackSection() {
  return (
    <section aria-labelledby="staff-pack-heading">
      <h2 id="staff-pack-heading">Your setting&apos;s rule pack</h2>
    </section>
  );
}
