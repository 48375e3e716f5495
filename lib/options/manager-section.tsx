/** Managers: build the pack from the setting's profile, test it, sign it and export it. (Being built.) */
export function ManagerSection() {
  return (
    <section aria-labelledby="manager-heading">
      <h2 id="manager-heading">For managers: build and sign a rule pack</h2>
    </section>
  );
}
