/** What every chart needs besides its layout: ids for its title and description, and a prefix for its pattern ids. */
export interface ChartFrame {
  prefix: string;
  titleId: string;
  descId: string;
  title: string;
  description: string;
}
