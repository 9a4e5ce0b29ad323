package org.aparte.store.log;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aparte.transparency.NodeHash;
import org.aparte.transparency.NodeId;

/** Reading and writing complete-subtree hashes in {@code log_nodes}, many per statement. */
final class LogNodes {
  private LogNodes() {}

  static List<byte[]> read(Connection connection, List<NodeId> nodes) throws SQLException {
    if (nodes.isEmpty()) {
      return List.of();
    }
    Short[] levels = new Short[nodes.size()];
    Long[] indices = new Long[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      levels[i] = (short) nodes.get(i).level();
      indices[i] = nodes.get(i).index();
    }
    Map<NodeId, byte[]> found = new HashMap<>();
    Array levelArray = connection.createArrayOf("int2", levels);
    Array indexArray = connection.createArrayOf("int8", indices);
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT n.level, n.node_index, n.hash FROM log_nodes n"
                + " JOIN unnest(?::int2[], ?::int8[]) AS w (level, node_index)"
                + " ON n.level = w.level AND n.node_index = w.node_index")) {
      query.setArray(1, levelArray);
      query.setArray(2, indexArray);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          found.put(new NodeId(row.getShort(1), row.getLong(2)), row.getBytes(3));
        }
      }
    } finally {
      levelArray.free();
      indexArray.free();
    }
    List<byte[]> hashes = new ArrayList<>(nodes.size());
    for (NodeId node : nodes) {
      byte[] hash = found.get(node);
      if (hash == null) {
        throw new IllegalStateException("the log is missing complete subtree " + node);
      }
      hashes.add(hash);
    }
    return hashes;
  }

  static void write(Connection connection, List<NodeHash> nodes) throws SQLException {
    Short[] levels = new Short[nodes.size()];
    Long[] indices = new Long[nodes.size()];
    byte[][] hashes = new byte[nodes.size()][];
    for (int i = 0; i < nodes.size(); i++) {
      levels[i] = (short) nodes.get(i).node().level();
      indices[i] = nodes.get(i).node().index();
      hashes[i] = nodes.get(i).hash();
    }
    Array levelArray = connection.createArrayOf("int2", levels);
    Array indexArray = connection.createArrayOf("int8", indices);
    Array hashArray = connection.createArrayOf("bytea", hashes);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO log_nodes (level, node_index, hash)"
                + " SELECT * FROM unnest(?::int2[], ?::int8[], ?::bytea[])")) {
      insert.setArray(1, levelArray);
      insert.setArray(2, indexArray);
      insert.setArray(3, hashArray);
      insert.executeUpdate();
    } finally {
      levelArray.free();
      indexArray.free();
      hashArray.free();
    }
  }
}
