package org.aparte.availability.demo;

import java.util.Arrays;
import java.util.List;

/**
 * Common French first names, family names and street names. Demo practitioners combine them at
 * random, so any resemblance to a real practitioner is a coincidence.
 */
final class Names {
  private Names() {}

  static final List<String> FEMALE =
      list(
          "Marie, Camille, Léa, Manon, Chloé, Emma, Inès, Sarah, Julie, Claire, Anne, Sophie,"
              + " Nathalie, Isabelle, Céline, Aurélie, Émilie, Laura, Pauline, Charlotte, Mathilde,"
              + " Hélène, Valérie, Sandrine, Catherine, Amina, Yasmine, Lucie, Élodie, Agnès,"
              + " Margaux, Juliette, Louise, Anaïs, Zoé");

  static final List<String> MALE =
      list(
          "Thomas, Nicolas, Julien, Pierre, Antoine, Alexandre, Maxime, Hugo, Lucas, Louis, Paul,"
              + " Mathieu, Guillaume, Romain, Sébastien, François, Olivier, Laurent, Philippe, Éric,"
              + " Karim, Mehdi, Youssef, Samuel, David, Vincent, Benoît, Jérôme, Arnaud, Théo,"
              + " Bruno, Yann, Cédric, Gaël");

  static final List<String> LAST =
      list(
          "Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent,"
              + " Simon, Michel, Lefebvre, Leroy, Roux, David, Bertrand, Morel, Fournier, Girard,"
              + " Bonnet, Dupont, Lambert, Fontaine, Rousseau, Vincent, Muller, Lefèvre, Faure,"
              + " André, Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier, François, Legrand,"
              + " Gauthier, Garcia, Perrin, Robin, Clément, Morin, Nicolas, Henry, Roussel,"
              + " Mathieu, Gautier, Masson, Marchand, Duval, Denis, Dumont, Lemaire, Noël, Meyer,"
              + " Dufour, Meunier, Brun, Blanchard, Giraud, Joly, Rivière, Lucas, Brunet,"
              + " Gaillard, Barbier, Arnaud, Martinez, Gérard, Roche, Renard, Schmitt, Roy,"
              + " Leroux, Colin, Vidal, Caron, Picard, Fabre, Aubert, Lemoine, Renaud, Dumas,"
              + " Lacroix, Bourgeois, Leclerc, Lopez, Hubert, Berger, Carpentier, Moulin,"
              + " Deschamps, Fleury, Klein, Le Gall, Le Goff, Nguyen, Benali, Haddad, Diallo,"
              + " Cohen, Rossi, Da Silva, Ferreira, Bouvier");

  static final List<String> STREETS =
      list(
          "rue de la République, avenue Jean-Jaurès, boulevard Victor-Hugo, rue Pasteur,"
              + " rue Gambetta, avenue du Général-de-Gaulle, rue de la Paix, place de la Mairie,"
              + " rue Nationale, rue des Écoles, rue du Moulin, rue de l'Église, avenue de la Gare,"
              + " rue Voltaire, rue Jules-Ferry, boulevard Carnot, rue Émile-Zola,"
              + " rue de la Liberté, avenue Foch, rue du Marché, rue Saint-Martin,"
              + " allée des Tilleuls, rue des Lilas, rue Anatole-France, cours Jean-Moulin,"
              + " rue du Château, place du Marché, rue de Verdun, avenue de la Libération,"
              + " rue Paul-Bert, rue des Jardins, rue Pierre-Curie");

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
  }
}
