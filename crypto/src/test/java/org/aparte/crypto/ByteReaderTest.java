package org.aparte.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteReaderTest {

  @Test
  void readsFieldsInOrder() throws Exception {
    ByteReader reader = new ByteReader(new byte[] {1, 0, 2, 0, 0, 0, 3, 7, 8}, "test");
    assertThat(reader.readUnsignedByte("a")).isEqualTo(1);
    assertThat(reader.readUnsignedShort("b")).isEqualTo(2);
    assertThat(reader.readUnsignedInt("c")).isEqualTo(3);
    assertThat(reader.readBytes(2, "d")).containsExactly(7, 8);
    reader.requireEnd();
  }

  @Test
  void truncationNamesTheField() {
    ByteReader reader = new ByteReader(new byte[] {1}, "wrapped key");
    assertThatThrownBy(() -> reader.readBytes(16, "key id"))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("wrapped key")
        .hasMessageContaining("key id");
  }

  @Test
  void trailingBytesAreAnError() {
    ByteReader reader = new ByteReader(new byte[] {1, 2}, "record");
    assertThatThrownBy(reader::requireEnd).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void nullInputIsTreatedAsEmpty() {
    ByteReader reader = new ByteReader(null, "record");
    assertThatThrownBy(() -> reader.readUnsignedByte("version"))
        .isInstanceOf(MalformedInputException.class);
  }
}
