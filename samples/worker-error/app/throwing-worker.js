self.onmessage = (event) => {
  throw new Error('the worker cannot ' + event.data);
};
