/* Two of extraction's hot loops in C, each giving exactly what its Python version gives
   (the same look-ups, the same sums in the same order and precision, the same ties):

   route    the best route through a sentence's word graph (kg.text.segmenter's
            `_route_py`), the segmenter's inner loop;
   viterbi  the best tag path of the person tagger (kg.extract.ner's `Decoder.viterbi_py`).

   Built by setup.py as an optional extension: where it is missing, the Python loops run. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>

static PyObject *
route(PyObject *self, PyObject *args)
{
    PyObject *freq, *sentence, *out = NULL;
    double logtotal;
    if (!PyArg_ParseTuple(args, "O!Ud:route", &PyDict_Type, &freq, &sentence, &logtotal))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(sentence);
    double *best = PyMem_Malloc((n + 1) * sizeof(double));
    Py_ssize_t *nxt = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t));
    if (best == NULL || nxt == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    const double single = log(1.0) - logtotal;  /* a character that starts no word */
    best[n] = 0.0;
    for (Py_ssize_t k = n - 1; k >= 0; k--) {
        int found = 0;
        double bp = 0.0;
        Py_ssize_t i = k;
        nxt[k] = k;
        PyObject *frag = PyUnicode_Substring(sentence, k, k + 1);
        if (frag == NULL)
            goto done;
        PyObject *f = PyDict_GetItemWithError(freq, frag);  /* borrowed */
        Py_DECREF(frag);
        while (f != NULL) {  /* the fragment is a word or a word's prefix */
            int truth = PyObject_IsTrue(f);
            if (truth < 0)
                goto done;
            if (truth) {
                double fv = PyFloat_AsDouble(f);
                if (fv == -1.0 && PyErr_Occurred())
                    goto done;
                double p = (log(fv) - logtotal) + best[i + 1];
                if (!found || p >= bp) {
                    bp = p;
                    found = 1;
                    nxt[k] = i;
                }
            }
            i++;
            if (i >= n)
                break;
            frag = PyUnicode_Substring(sentence, k, i + 1);
            if (frag == NULL)
                goto done;
            f = PyDict_GetItemWithError(freq, frag);
            Py_DECREF(frag);
        }
        if (PyErr_Occurred())
            goto done;
        best[k] = found ? bp : single + best[k + 1];
    }
    out = PyList_New(n);
    if (out == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *v = PyLong_FromSsize_t(nxt[k]);
        if (v == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, k, v);
    }
done:
    PyMem_Free(best);
    PyMem_Free(nxt);
    return out;
}

/* viterbi(emissions, trans_t, steps, n): emissions is steps x n float32, trans_t the
   n x n transitions [to, from] float32, both C-contiguous. As numpy does it: per step,
   buf[j][i] = trans_t[j][i] + score[i] in float32, best[j] = the first i of the largest
   buf[j][i], score[j] = buf[j][best[j]] + emissions[t][j]; then the first largest end
   and the path back. */
static PyObject *
viterbi(PyObject *self, PyObject *args)
{
    Py_buffer em, tr;
    Py_ssize_t steps, n;
    PyObject *out = NULL;
    float *score = NULL, *next = NULL;
    Py_ssize_t *back = NULL;
    if (!PyArg_ParseTuple(args, "y*y*nn:viterbi", &em, &tr, &steps, &n))
        return NULL;
    if (steps < 1 || n < 1 || em.len != (Py_ssize_t)(steps * n * sizeof(float))
            || tr.len != (Py_ssize_t)(n * n * sizeof(float))) {
        PyErr_SetString(PyExc_ValueError, "viterbi: buffers do not match steps and n");
        goto done;
    }
    const float *e = em.buf, *t = tr.buf;
    score = PyMem_Malloc(n * sizeof(float));
    next = PyMem_Malloc(n * sizeof(float));
    back = PyMem_Malloc(steps * n * sizeof(Py_ssize_t));
    if (score == NULL || next == NULL || back == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t j = 0; j < n; j++)
        score[j] = e[j];
    for (Py_ssize_t s = 1; s < steps; s++) {
        for (Py_ssize_t j = 0; j < n; j++) {
            const float *row = t + j * n;
            Py_ssize_t bi = 0;
            float bv = row[0] + score[0];
            for (Py_ssize_t i = 1; i < n; i++) {
                float v = row[i] + score[i];
                if (v > bv) {
                    bv = v;
                    bi = i;
                }
            }
            back[s * n + j] = bi;
            next[j] = bv + e[s * n + j];
        }
        float *swap = score;
        score = next;
        next = swap;
    }
    Py_ssize_t k = 0;
    for (Py_ssize_t j = 1; j < n; j++)
        if (score[j] > score[k])
            k = j;
    out = PyList_New(steps);
    if (out == NULL)
        goto done;
    for (Py_ssize_t s = steps - 1; s >= 0; s--) {
        PyObject *v = PyLong_FromSsize_t(k);
        if (v == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, s, v);
        if (s > 0)
            k = back[s * n + k];
    }
done:
    PyMem_Free(score);
    PyMem_Free(next);
    PyMem_Free(back);
    PyBuffer_Release(&em);
    PyBuffer_Release(&tr);
    return out;
}

static PyMethodDef methods[] = {
    {"route", route, METH_VARARGS,
     "route(freq, sentence, logtotal) -> per position, the end of the first word of the "
     "best route from there (kg.text.segmenter's _route_py)."},
    {"viterbi", viterbi, METH_VARARGS,
     "viterbi(emissions, trans_t, steps, n) -> the best tag path (kg.extract.ner's "
     "Decoder.viterbi_py)."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&module);
}
