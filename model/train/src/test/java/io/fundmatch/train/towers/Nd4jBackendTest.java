package io.fundmatch.train.towers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class Nd4jBackendTest {

    @Test
    void nativeBackendLoadsAndMultipliesMatrices() {
        INDArray a = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}});
        INDArray b = Nd4j.createFromArray(new float[][] {{5, 6}, {7, 8}});
        float[] product = a.mmul(b).reshape(4).toFloatVector();
        assertArrayEquals(new float[] {19, 22, 43, 50}, product, 1e-6f);
    }
}
