// A parse worker that cannot even start.
throw new Error('the parser chunk is missing');
