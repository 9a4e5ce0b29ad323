/** French by default, English selectable; the choice is kept on this device only. */
export const fr = {
  appName: "Aparté",
  tagline: "Prise de rendez-vous médicaux chiffrée de bout en bout",
  language: "Langue",
  navSearch: "Rechercher",
  navLogin: "Se connecter",
  navRegister: "Créer un compte",
  navLogout: "Se déconnecter",
  searchTitle: "Trouver un praticien",
  specialty: "Spécialité",
  specialtyHint: "par exemple : cardiologue, dentiste",
  place: "Lieu",
  anyPlace: "Partout",
  searchButton: "Rechercher",
  searching: "Recherche…",
  noResults: "Aucun cabinet ne correspond.",
  results: "Résultats",
  earliest: "Premier créneau libre",
  noSlot: "Pas de créneau dans les 14 jours",
  distance: "km",
  practiceSlots: "Créneaux libres",
  visitType: "Type de consultation",
  noSlots: "Aucun créneau libre cette semaine.",
  loading: "Chargement…",
  back: "Retour à la recherche",
  email: "Adresse e-mail",
  password: "Mot de passe",
  passwordHint: "12 caractères au moins",
  loginTitle: "Connexion",
  loginButton: "Se connecter",
  loggingIn: "Calcul de la clé à partir du mot de passe…",
  loggedInAs: "Connecté : ",
  registerTitle: "Créer un compte patient",
  registerButton: "Créer le compte",
  registering: "Création des clés sur cet appareil…",
  recoveryTitle: "Votre code de récupération",
  recoveryExplain:
    "Notez ce code et gardez-le en lieu sûr. Il est affiché une seule fois : sans lui, un mot de passe oublié fait perdre l'accès à vos données.",
  recoveryConfirm: "Recopiez le code pour confirmer que vous l'avez noté",
  recoveryConfirmButton: "J'ai noté mon code",
  recoveryMismatch: "Ce n'est pas le code affiché.",
  welcome: "Votre compte est prêt.",
  errorCredentials: "Adresse ou mot de passe incorrect.",
  errorTaken: "Un compte existe déjà pour cette adresse.",
  errorRateLimited: "Trop de tentatives, réessayez plus tard.",
  errorWeakSetup: "Le serveur propose un réglage de clé trop faible : connexion refusée.",
  errorNetwork: "Le serveur ne répond pas.",
  errorGeneric: "Une erreur est survenue.",
  errorPasswordShort: "Le mot de passe doit faire au moins 12 caractères.",
} as const;

export type MessageKey = keyof typeof fr;
export type Language = "fr" | "en";

export const en: Record<MessageKey, string> = {
  appName: "Aparté",
  tagline: "End-to-end encrypted medical appointments",
  language: "Language",
  navSearch: "Search",
  navLogin: "Log in",
  navRegister: "Create an account",
  navLogout: "Log out",
  searchTitle: "Find a practitioner",
  specialty: "Specialty",
  specialtyHint: "for example: cardiologist, dentist",
  place: "Place",
  anyPlace: "Anywhere",
  searchButton: "Search",
  searching: "Searching…",
  noResults: "No practice matches.",
  results: "Results",
  earliest: "Earliest free slot",
  noSlot: "No slot within 14 days",
  distance: "km",
  practiceSlots: "Free slots",
  visitType: "Visit type",
  noSlots: "No free slot this week.",
  loading: "Loading…",
  back: "Back to search",
  email: "E-mail address",
  password: "Password",
  passwordHint: "at least 12 characters",
  loginTitle: "Log in",
  loginButton: "Log in",
  loggingIn: "Deriving the key from the password…",
  loggedInAs: "Logged in: ",
  registerTitle: "Create a patient account",
  registerButton: "Create the account",
  registering: "Creating the keys on this device…",
  recoveryTitle: "Your recovery code",
  recoveryExplain:
    "Write this code down and keep it safe. It is shown only once: without it, a forgotten password means losing access to your data.",
  recoveryConfirm: "Type the code again to confirm you wrote it down",
  recoveryConfirmButton: "I wrote my code down",
  recoveryMismatch: "This is not the code shown.",
  welcome: "Your account is ready.",
  errorCredentials: "Wrong address or password.",
  errorTaken: "An account already exists for this address.",
  errorRateLimited: "Too many attempts, try again later.",
  errorWeakSetup: "The server offers a key setting that is too weak: login refused.",
  errorNetwork: "The server does not answer.",
  errorGeneric: "Something went wrong.",
  errorPasswordShort: "The password must have at least 12 characters.",
};

const catalogues: Record<Language, Record<MessageKey, string>> = { fr, en };
const STORAGE_KEY = "aparte.language";
let current: Language = "fr";

export function initLanguage(storage: Pick<Storage, "getItem"> | undefined): Language {
  const saved = storage?.getItem(STORAGE_KEY);
  current = saved === "en" ? "en" : "fr";
  return current;
}

export function setLanguage(language: Language, storage?: Pick<Storage, "setItem">): void {
  current = language;
  storage?.setItem(STORAGE_KEY, language);
}

export function language(): Language {
  return current;
}

export function t(key: MessageKey): string {
  return catalogues[current][key];
}
