import citiesText from "../../../availability/src/main/resources/org/aparte/availability/reference/cities.txt?raw";
import specialtiesText from "../../../availability/src/main/resources/org/aparte/availability/reference/specialties.txt?raw";

/** The reference lists the server uses (bundled from the availability module, one source). */
export interface City {
  readonly name: string;
  readonly postcode: string;
  readonly latitude: number;
  readonly longitude: number;
}

export interface Specialty {
  readonly code: string;
  readonly fr: string;
  readonly en: string;
}

function rows(text: string): string[][] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("|").map((cell) => cell.trim()));
}

export function parseCities(text: string): City[] {
  return rows(text).map(([name = "", postcode = "", lat = "", lon = ""]) => ({
    name,
    postcode,
    latitude: Number(lat),
    longitude: Number(lon),
  }));
}

export function parseSpecialties(text: string): Specialty[] {
  return rows(text).map(([code = "", fr = "", en = ""]) => ({ code, fr, en }));
}

export const cities: readonly City[] = parseCities(citiesText);
export const specialties: readonly Specialty[] = parseSpecialties(specialtiesText);
