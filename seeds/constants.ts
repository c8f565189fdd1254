/** The title of the comparison that seeding creates from all seed articles. */
export const SEED_COMPARISON_TITLE = "US envoys meet Putin in Moscow: five accounts";
